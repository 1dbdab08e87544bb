from reader.cli.main import main

main()
