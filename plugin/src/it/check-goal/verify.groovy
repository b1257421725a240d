assert new File(basedir, 'build.log').text.contains('The content is valid: 1 indicators, 1 partners')
assert !new File(basedir, 'target/site').exists() : 'check writes nothing'
return true
