import org.jsoup.Jsoup

// JGit inside the plugin (Maven's class realm, Maven's SLF4J): the edition is read from the tag.
def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').text
assert log.contains('Built the 2023 (revision report-2023) edition') : 'the edition is built from the tag'
def then = Jsoup.parse(new File(site, '2023/indicators/index.html'), 'UTF-8')
def now = Jsoup.parse(new File(site, 'indicators/index.html'), 'UTF-8')
assert then.selectFirst('aside.edition-banner').text().contains('2023 report card')
assert !then.selectFirst('.report__row[data-status]').text().contains('2025') : 'the edition is the report card of its tag'
assert now.selectFirst('.report__row[data-status]').text().contains('2025')
assert then.selectFirst('link[rel=canonical]').attr('href') == 'https://example.org/lakeside/2023/indicators/'
assert new File(site, 'changes-since/2023/index.html').isFile()
assert new File(basedir, 'target/impactsite-editions/built/2023/key').isFile() : 'kept for the next build'
assert new File(basedir, 'indicators/readiness.csv').text.contains('2025') : 'no checkout: the work tree is as it was'
return true
