import org.jsoup.Jsoup

def project = new File(basedir, 'work/lakeside-learning-partnership')
def log = new File(basedir, 'build.log').text

// 1. new: the files, and what to do next
for (f in ['pom.xml', 'initiative.yml', '.gitignore', '.mvn/jvm.config', '.github/workflows/site.yml', '.gitlab-ci.yml',
           'indicators/kindergarten-readiness.yml', 'indicators/kindergarten-readiness.csv',
           'partners/public-library.yml', 'pages/approach.md']) {
    assert new File(project, f).isFile() : f
}
assert new File(project, 'updates').listFiles().size() == 1
assert log.contains('(12 files). Next:')
assert log.contains('  cd lakeside-learning-partnership')
assert log.contains('  mvn site ')

// 2. check and site in the new project
assert log.contains('The content is valid: 1 indicators, 1 partners, 1 updates, ')
def site = new File(project, 'target/site')
def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert home.title() == 'Lakeside Learning Partnership'
def indicator = Jsoup.parse(new File(site, 'indicators/kindergarten-readiness/index.html'), 'UTF-8')
assert indicator.select('main h1').text() == 'Kindergarten readiness'
assert new File(site, 'updates/welcome/index.html').isFile()
assert new File(site, 'approach/index.html').isFile()

// 3. the second `new` left the project as it was
assert log.contains('already exists; impactsite:new never writes into an existing folder')
assert new File(project, 'target/site/index.html').isFile()
return true
