def log = new File(basedir, 'build.log').text
assert log.contains('indicators/readiness.yml:6: `direction` is `upward`, but it must be one of: increase, decrease.')
assert log.contains('partners/lakeside-library.yml:') && log.contains('refers to goal `reddy`, which does not exist. Did you mean `ready`?')
assert !new File(basedir, 'target/site').exists()
return true
