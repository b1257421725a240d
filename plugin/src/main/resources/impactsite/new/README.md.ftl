# [=site.name]

The content of the [=site.name] impact site, built with Impact Site (a Maven plugin).

| command | what it does |
| --- | --- |
| `mvn site` | builds the site into `target/site/`: open `target/site/index.html` |
| `mvn impactsite:check` | checks every file, reference and number, writes nothing |

What each file holds is described in Impact Site's `docs/content-reference.md`:

- `initiative.yml`: the initiative, the site's settings and the common agenda (goals)
- `indicators/`: one `.yml` and one `.csv` per indicator
- `partners/`: one file per partner
- `updates/`: news, one Markdown file per update, named by its date
- `pages/`: narrative pages

`.github/workflows/site.yml` (GitHub) and `.gitlab-ci.yml` (GitLab) check and build the site on
every pull or merge request and publish it with GitHub or GitLab Pages from the main branch
(Impact Site's `docs/publishing.md`).
