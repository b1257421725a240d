# The initiative: who you are, the site's settings and the common agenda. Every field is
# described in Impact Site's docs/content-reference.md.
name: [=site.yamlName]
started: [=site.started]                       # the year the partnership began
tagline: Working together for every child, cradle to career

# site:
#   # The site's public address, for feeds, the sitemap and social cards. The CI workflows pass
#   # the address GitHub or GitLab Pages gives the site; set it here when it has a domain of its own.
#   baseUrl: https://example.org/

agenda:
  vision: Every child in our community grows up healthy, learns well and finds a good job.
  problem: |
    Describe the problem the partnership works on: who is affected, by how much, and why no
    single organisation can solve it alone.
  boundaries:
    place: Our county
    population: Children and young people from birth to age 24
  goals:
    - id: school-ready
      title: Every child starts school ready to learn
      summary: More children, from every background, start kindergarten ready to learn.
      description: |
        Say why this goal matters, what the partners do about it and how you will know it is
        working. Its indicators, partners and updates appear on the goal's page.

communication:
  meetings: The partners meet every quarter.
