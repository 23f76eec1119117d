export * from './target-facts.reader.port';
export * from './report-target-progress.handler';
