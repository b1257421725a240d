import org.jsoup.Jsoup

def site = new File(basedir, 'target/site')
def story = Jsoup.parse(new File(site, 'story/index.html'), 'UTF-8')
assert story.selectFirst('h1.override').text() == 'Our story' : 'the site template replaced the theme page'
assert story.selectFirst('.prose strong').text() == '2018'
assert story.select('.site-nav a').eachText().contains('Our shared agenda') : 'a UI string overridden'
def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert home.select('.site-header').size() == 1 : 'the rest of the theme still applies'
assert new File(site, 'theme/extra.css').text.contains('#123456') : 'static files are added'
assert new File(site, 'theme/site.css').length() > 1000
return true
