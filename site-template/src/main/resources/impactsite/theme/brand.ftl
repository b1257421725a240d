/* The site's brand colours (initiative.yml site.colors), loaded after site.css. */
<#if page.accent?has_content || page.link?has_content>
:root {<#if page.accent?has_content> --accent: ${page.accent};</#if><#if page.link?has_content> --link: ${page.link};</#if> }
</#if>
<#if page.darkAccent?has_content || page.darkLink?has_content>
@media screen and (prefers-color-scheme: dark) {
  :root {<#if page.darkAccent?has_content> --accent: ${page.darkAccent};</#if><#if page.darkLink?has_content> --link: ${page.darkLink};</#if> }
}
</#if>
