def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] pages/story.md:4: the link `JaVaScRiPt:alert(1)` was removed')
assert log.contains('1 problem in the content')
return true
