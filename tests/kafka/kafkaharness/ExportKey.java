// Writes the private key of one entry of a PKCS12 keystore as a PKCS#8 PEM
// file, which keytool cannot do. Run with the JDK's source launcher:
//   java ExportKey.java STORE PASSWORD ALIAS OUT
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;

public class ExportKey {
    public static void main(String[] args) throws Exception {
        char[] password = args[1].toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(args[0])) {
            store.load(in, password);
        }
        Key key = store.getKey(args[2], password);
        if (key == null) {
            throw new IllegalArgumentException("no key under alias " + args[2] + " in " + args[0]);
        }
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        Files.writeString(Path.of(args[3]), "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
    }
}
