from censorscope.cli.main import main

main()
