import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import java.nio.file.Path;

/** Builds a content folder into a site with the working tree's engine (bench/lighthouse.sh): java BuildExample.java CONTENT OUT */
public class BuildExample {
    public static void main(String[] args) throws Exception {
        var report = new SiteBuilder(new Reporter() {
            @Override public void info(String message) {}

            @Override public void warn(String message) {
                System.err.println("warning: " + message);
            }
        }).build(BuildRequest.of(Path.of(args[0]), Path.of(args[1])));
        System.out.println(report.pagesWritten() + " pages");
    }
}
