User-agent: *
Allow: /
<#if page.sitemap?has_content>
Sitemap: ${page.sitemap}
</#if>
