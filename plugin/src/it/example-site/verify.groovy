import org.jsoup.Jsoup

def content = new File(basedir, '../../../../content').canonicalFile
def site = new File(content, 'target/site')
def log = new File(basedir, 'build.log').text
def wrote = (log =~ /Wrote (\d+) pages/)
assert wrote.find() && (wrote.group(1) as int) >= 60 : 'the example has every page type'
for (page in ['index.html', 'agenda/index.html', 'goals/index.html', 'indicators/index.html', 'partners/index.html',
              'activities/index.html', 'updates/index.html', 'systems-change/index.html', 'about/index.html',
              'methodology/index.html', 'data/index.html', '404.html']) {
    def doc = Jsoup.parse(new File(site, page), 'UTF-8')
    assert doc.select('main h1').size() == 1 : page
}
assert new File(site, 'feed.xml').exists() && new File(site, 'sitemap.xml').exists() && new File(site, 'robots.txt').exists()
def card = Jsoup.parse(new File(site, 'indicators/index.html'), 'UTF-8')
assert card.select('.report__row[data-status]').size() == new File(content, 'indicators').listFiles().count { it.name.endsWith('.yml') }
assert !log.contains('[WARNING] ') || !log.contains('impactsite') : 'the example builds without warnings'
return true
