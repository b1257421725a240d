assert new File(basedir, 'build.log').text.contains('Skipping impactsite:build')
assert !new File(basedir, 'target/site').exists()
return true
