def log = new File(basedir, 'build.log').text
assert log.contains('indicators/readiness.csv:3:2: `forty-two` in column `value` is not a number.')
assert log.contains('partners/lakeside-library.yml:') && log.contains('unknown field `titel`. Did you mean `title`?')
assert log.contains('2 problems in the content')
assert new File(basedir, 'target/site/index.html').text == '<!DOCTYPE html><title>previous site</title>' : 'previous site untouched'
assert new File(basedir, 'target/site').list().toList() == ['index.html']
assert !new File(basedir, 'target').listFiles().any { it.name.contains('staging') } : 'no staging folder left'
return true
