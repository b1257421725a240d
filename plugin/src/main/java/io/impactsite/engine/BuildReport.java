package io.impactsite.engine;

/** What a build wrote, and how long the engine took (load to swap, without JVM or Maven start-up). */
public record BuildReport(int pagesWritten, int filesWritten, long engineMillis) {}
