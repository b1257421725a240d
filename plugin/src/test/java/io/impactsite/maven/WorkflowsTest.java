package io.impactsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The CI files run what the README says: every Maven command of every workflow (the repository's
 * own and the ones {@code impactsite:new} writes) is a line of one of the README's code blocks; the
 * new project's workflows check, build and publish target/site; the repository's build the example.
 */
class WorkflowsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SCAFFOLD = Path.of("src/main/resources/impactsite/new");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String QUICK_START = "mvn -B -DskipTests -pl content -am package site";

    /** Every line of every fenced code block of the README, trimmed. */
    private static List<String> readmeLines() throws IOException {
        Node document = Parser.builder().build().parse(Files.readString(ROOT.resolve("README.md")));
        List<String> lines = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock block) block.getContentChars().toString().lines().map(String::trim).forEach(lines::add);
        }
        return lines;
    }

    private static JsonNode yaml(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    /** The shell lines of a GitHub job's {@code run:} steps, in order. */
    private static List<String> githubCommands(JsonNode workflow, String job) {
        List<String> commands = new ArrayList<>();
        for (JsonNode step : workflow.at("/jobs/" + job + "/steps")) {
            if (step.has("run")) step.get("run").asText().lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(commands::add);
        }
        return commands;
    }

    private static List<String> gitlabCommands(JsonNode pipeline, String job) {
        List<String> commands = new ArrayList<>();
        pipeline.at("/" + job + "/script").forEach(line -> commands.add(line.asText().trim()));
        return commands;
    }

    /** The value given to a GitHub step that uses {@code action} (its {@code with:} input). */
    private static List<String> inputsOf(JsonNode workflow, String job, String action, String input) {
        List<String> values = new ArrayList<>();
        for (JsonNode step : workflow.at("/jobs/" + job + "/steps")) {
            if (step.path("uses").asText().startsWith(action + "@")) values.add(step.at("/with/" + input).asText());
        }
        return values;
    }

    private static List<Path> workflowFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT.resolve(".github/workflows"))) {
            s.sorted().forEach(files::add);
        }
        files.add(ROOT.resolve(".gitlab-ci.yml"));
        files.add(SCAFFOLD.resolve("github/workflows/site.yml"));
        files.add(SCAFFOLD.resolve("gitlab-ci.yml"));
        return files;
    }

    @Test
    void everyMavenCommandOfEveryWorkflowIsOneTheReadmeShows() throws IOException {
        List<String> readme = readmeLines();
        for (Path file : workflowFiles()) {
            JsonNode ci = yaml(file);
            List<String> commands = new ArrayList<>();
            if (ci.has("jobs")) ci.get("jobs").fieldNames().forEachRemaining(job -> commands.addAll(githubCommands(ci, job)));
            else ci.fieldNames().forEachRemaining(job -> commands.addAll(gitlabCommands(ci, job)));
            List<String> maven = commands.stream().filter(c -> c.startsWith("mvn ")).toList();
            assertTrue(!maven.isEmpty(), file + " runs Maven");
            for (String command : maven) assertTrue(readme.contains(command), file + ": `" + command + "` is not in the README");
        }
    }

    @Test
    void theNewProjectsGitHubWorkflowChecksBuildsAndPublishesTargetSite() throws IOException {
        JsonNode workflow = yaml(SCAFFOLD.resolve("github/workflows/site.yml"));
        assertEquals(List.of("mvn -B impactsite:check", "mvn -B site -Dimpactsite.baseUrl=\"$BASE_URL\""),
                githubCommands(workflow, "build"));
        assertEquals("${{ steps.pages.outputs.base_url }}", workflow.at("/jobs/build/steps/4/env/BASE_URL").asText());
        assertEquals(List.of("target/site"), inputsOf(workflow, "build", "actions/upload-artifact", "path"), "the pull request's artifact");
        assertEquals(List.of("target/site"), inputsOf(workflow, "build", "actions/upload-pages-artifact", "path"));
        assertEquals(List.of(""), inputsOf(workflow, "deploy", "actions/deploy-pages", "path"), "deploy-pages takes no path");
        assertEquals("build", workflow.at("/jobs/deploy/needs").asText());
        assertTrue(workflow.at("/jobs/deploy/if").asText().contains("github.ref == 'refs/heads/main'"));
        assertEquals("write", workflow.at("/jobs/deploy/permissions/pages").asText());
        assertEquals("read", workflow.at("/permissions/contents").asText(), "everything else only reads");
    }

    @Test
    void theNewProjectsGitLabPipelineChecksBuildsAndPublishesTargetSite() throws IOException {
        JsonNode pipeline = yaml(SCAFFOLD.resolve("gitlab-ci.yml"));
        List<String> build = List.of("mvn -B impactsite:check", "mvn -B site -Dimpactsite.baseUrl=\"$BASE_URL\"");
        assertEquals(build, gitlabCommands(pipeline, "site"));
        List<String> pages = new ArrayList<>(build);
        pages.add("mv target/site public");
        assertEquals(pages, gitlabCommands(pipeline, "pages"));
        assertEquals("$CI_PAGES_URL", pipeline.at("/variables/BASE_URL").asText());
        assertEquals("target/site/", pipeline.at("/site/artifacts/paths/0").asText());
        assertEquals("public", pipeline.at("/pages/artifacts/paths/0").asText());
        for (String job : List.of("site", "pages")) {
            assertEquals("target/" + ContinuousIntegration.GITLAB_REPORT, pipeline.at("/" + job + "/artifacts/reports/codequality").asText());
            assertEquals("always", pipeline.at("/" + job + "/artifacts/when").asText(), "the report also when the build fails");
        }
    }

    @Test
    void theRepositorysWorkflowsBuildTheExampleTheReadmesWay() throws Exception {
        assertTrue(readmeLines().contains(QUICK_START), "the README's Quick start builds the example with " + QUICK_START);
        JsonNode github = yaml(ROOT.resolve(".github/workflows/example-site.yml"));
        List<String> commands = githubCommands(github, "build");
        assertEquals(List.of(QUICK_START + " -Dimpactsite.baseUrl=\"$BASE_URL\""), commands);
        assertEquals(List.of("content/target/site"), inputsOf(github, "build", "actions/upload-artifact", "path"));
        assertEquals(List.of("content/target/site"), inputsOf(github, "build", "actions/upload-pages-artifact", "path"));

        JsonNode gitlab = yaml(ROOT.resolve(".gitlab-ci.yml"));
        assertEquals(commands, gitlabCommands(gitlab, "example-site"));
        assertEquals(List.of(commands.get(0), "mv content/target/site public"), gitlabCommands(gitlab, "pages"));
        assertEquals("content/target/" + ContinuousIntegration.GITLAB_REPORT, gitlab.at("/pages/artifacts/reports/codequality").asText());

        // -pl content selects the example, whose pom runs impactsite:build in the site phase, into target/site.
        var parent = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        List<String> modules = new ArrayList<>();
        var nodes = parent.getElementsByTagName("module");
        for (int i = 0; i < nodes.getLength(); i++) modules.add(nodes.item(i).getTextContent());
        assertTrue(modules.contains("content"), modules.toString());
        String example = Files.readString(ROOT.resolve("content/pom.xml"));
        assertTrue(example.contains("<artifactId>impactsite-maven-plugin</artifactId>") && example.contains("<goal>build</goal>"));
        assertTrue(Files.isRegularFile(ROOT.resolve("content/initiative.yml")));
    }

    @Test
    void theReadmesNewCommandIsThisVersionsFullForm() throws Exception {
        var parent = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        String version = parent.getDocumentElement().getElementsByTagName("version").item(0).getTextContent();
        String command = "mvn io.impactsite:impactsite-maven-plugin:" + version
                + ":new -Dimpactsite.name=\"Lakeside Learning Partnership\"";
        List<String> readme = readmeLines();
        assertTrue(readme.contains(command), command);
        assertEquals(readme.indexOf(command) + 1, readme.indexOf("cd lakeside-learning-partnership"), "then into the folder it wrote");
        assertTrue(readme.contains("<pluginGroup>io.impactsite</pluginGroup>"), "the README names the plugin group for the prefix");
    }
}
