def log = new File(basedir, 'build.log').text
assert log.contains('impactsite:build')
assert log.contains('outputDirectory') && log.contains('impactsite.outputDirectory')
assert log.contains('skip') && log.contains('baseUrl')
return true
