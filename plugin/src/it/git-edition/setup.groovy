// A site kept in git: the 2023 report card tagged, then a year of data added and the edition listed.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

def who = new PersonIdent('IT', 'it@example.org', 1_700_000_000_000L, 0)
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    git.add().addFilepattern('.').call()
    git.commit().setMessage('The 2023 report card').setAuthor(who).setCommitter(who).setSign(false).call()
    git.tag().setName('report-2023').setAnnotated(false).call()
} finally {
    git.close()
}
new File(basedir, 'indicators/readiness.csv') << '2025,61.0,\n'
new File(basedir, 'initiative.yml') << 'editions:\n  - year: 2023\n    revision: report-2023\n'
return true
