import ferrokafka


def test_native_engine_imports_and_reports_the_package_version() -> None:
    assert ferrokafka.engine_version() == ferrokafka.__version__
