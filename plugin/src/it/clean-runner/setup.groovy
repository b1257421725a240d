// Where the person runs the command: a folder with no pom.
new File(basedir, 'work').mkdirs()
return true
