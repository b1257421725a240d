import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
assert !log.contains('is not thread-safe') && !log.contains('not marked as @threadSafe')
for (m in ['north', 'south', 'west']) {
    def home = Jsoup.parse(new File(basedir, "$m/target/site/index.html"), 'UTF-8')
    assert home.title() == "Lakeside $m" : "each module has its own site"
}
return true
