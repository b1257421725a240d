import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory
import java.nio.file.Files
import java.nio.file.Path

// The commands of the new project's CI workflows, run as a fresh runner runs them: an empty local
// repository, and a "Maven Central" that is this machine's repository without io.impactsite (so the
// plugin can only come from the project's own .mvn/plugin-repository), reached through no other setting.
def project = new File(basedir, 'work/riverside-readers')
assert new File(project, '.mvn/plugin-repository/io/impactsite/impactsite-maven-plugin').isDirectory()

def yaml = new ObjectMapper(new YAMLFactory())
def github = yaml.readTree(new File(project, '.github/workflows/site.yml'))
def githubCommands = github.get('jobs').get('build').get('steps').findAll { it.has('run') }.collect { it.get('run').asText().strip() }
def gitlab = yaml.readTree(new File(project, '.gitlab-ci.yml'))
def gitlabCommands = gitlab.get('pages').get('script').collect { it.asText().strip() }.findAll { it.startsWith('mvn ') }
assert githubCommands == ['mvn -B impactsite:check', 'mvn -B site -Dimpactsite.baseUrl="$BASE_URL"'] : githubCommands
assert gitlabCommands == githubCommands : gitlabCommands

Path central = new File(basedir, 'central').toPath()
Path local = localRepositoryPath.toPath()
Files.createDirectories(central.resolve('io'))
local.toFile().eachFile { if (it.name != 'io') Files.createSymbolicLink(central.resolve(it.name), it.toPath()) }
local.resolve('io').toFile().eachFile { if (it.name != 'impactsite') Files.createSymbolicLink(central.resolve('io').resolve(it.name), it.toPath()) }
assert !Files.exists(central.resolve('io/impactsite'))

def repo = new File(basedir, 'empty-repository')
assert !repo.exists()
// Central is the only remote repository (the super-pom's id, redefined); the local copy keeps no checksums.
def settings = new File(basedir, 'central-only.xml')
def url = central.toUri().toString()
def policy = '<releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>'
settings.text = """<settings><profiles><profile><id>central-only</id>
  <repositories><repository><id>central</id><url>${url}</url>${policy}</repository></repositories>
  <pluginRepositories><pluginRepository><id>central</id><url>${url}</url>${policy}</pluginRepository></pluginRepositories>
</profile></profiles><activeProfiles><activeProfile>central-only</activeProfile></activeProfiles></settings>"""

// `mvn` as the runner has it: this Maven, with the runner's (empty) repository and settings.
def bin = new File(basedir, 'bin')
bin.mkdirs()
def mvn = new File(bin, 'mvn')
mvn.text = "#!/bin/sh\nexec '${System.getProperty('maven.home')}/bin/mvn' -s '${settings}' -Dmaven.repo.local='${repo}' \"\$@\"\n"
mvn.setExecutable(true)

githubCommands.eachWithIndex { command, i ->
    def log = new File(basedir, "runner-${i + 1}.log")
    def pb = new ProcessBuilder('sh', '-c', command).directory(project).redirectErrorStream(true).redirectOutput(log)
    def env = pb.environment()
    env.keySet().removeAll(['GITHUB_ACTIONS', 'GITLAB_CI', 'MAVEN_OPTS', 'MAVEN_ARGS', 'MAVEN_CONFIG'])
    env.put('PATH', bin.absolutePath + File.pathSeparator + env.get('PATH'))
    env.put('BASE_URL', '')   // a pull request's build: GitHub Pages gives no address
    long start = System.nanoTime()
    int exit = pb.start().waitFor()
    println "clean runner: `${command}` exited ${exit} in ${String.format('%.1f', (System.nanoTime() - start) / 1e9)} s (${log.name})"
    assert exit == 0 : log.text
    def text = log.text
    assert !text.contains('[WARNING]') && !text.contains('[ERROR]') : text
    assert text.contains('BUILD SUCCESS')
}
assert new File(basedir, 'runner-1.log').text.contains('The content is valid: 1 indicators')
// the check and the build count the same pages
def checked = (new File(basedir, 'runner-1.log').text =~ /(\d+) pages in the current site/)[0][1]
def wrote = (new File(basedir, 'runner-2.log').text =~ /Wrote (\d+) pages/)[0][1]
assert checked == wrote : "check counts ${checked} pages, the build wrote ${wrote}"
assert new File(project, 'target/site/index.html').isFile()
assert new File(project, 'target/site/indicators/kindergarten-readiness/index.html').isFile()

// The plugin came from the project, everything else from "Central"
def plugin = new File(repo, 'io/impactsite/impactsite-maven-plugin')
assert plugin.isDirectory()
plugin.eachFileRecurse { if (it.name == '_remote.repositories') assert it.text.contains('>impactsite=') : it.text }
assert new File(repo, 'org/freemarker/freemarker').isDirectory()
new File(repo, 'org/freemarker/freemarker').eachFileRecurse {
    if (it.name == '_remote.repositories') assert it.text.contains('>central=') : it.text
}
return true
