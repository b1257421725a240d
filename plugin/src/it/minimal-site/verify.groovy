import org.jsoup.Jsoup

def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').text
assert log.contains('Wrote ') : 'the build reports what it wrote'
def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert home.title() == 'Lakeside Learning Partnership'
assert home.select('main h1').text() == 'Lakeside Learning Partnership'
def card = Jsoup.parse(new File(site, 'indicators/index.html'), 'UTF-8')
def row = card.selectFirst('.report__row[data-status]')
assert row.selectFirst('.report__title a').text() == 'Kindergarten readiness'
assert row.attr('data-status') == 'on-track'
def indicator = Jsoup.parse(new File(site, 'indicators/readiness/index.html'), 'UTF-8')
assert indicator.select('script[type=application/json]').size() == 2 : 'the line chart and the equity chart'
assert indicator.select('script[src$=site.js]').size() == 1
assert new File(site, 'theme/echarts.min.js').length() > 900_000 : 'ECharts ships inside the site'
assert indicator.select('script[src^=http]').isEmpty() : 'no CDN'
assert new File(site, 'data/readiness.csv').bytes == new File(basedir, 'indicators/readiness.csv').bytes
assert new File(site, 'feed.xml').text.contains('<feed')
assert !new File(basedir, 'target').listFiles().any { it.name.contains('staging') } : 'no staging folder left'
return true
