/**
 * The allocator setting the images and `npm start` run with (deploy/Dockerfile): glibc's mmap threshold fixed at
 * 128 KiB, so a password check's 19 MiB block goes back to the system when freed. Hosts a benchmark starts get it too,
 * or their memory readings after a sign-in would measure an allocator no deployment runs (tools/deploy.spec checks
 * the two agree).
 */
export const RUNTIME_ALLOCATOR_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };
