fn main() {
    eprintln!("ferrokafka-codegen: not written yet");
    std::process::exit(1);
}
