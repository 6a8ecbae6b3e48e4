pytest_plugins = ["verify.plugin"]
