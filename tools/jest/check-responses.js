// Every answer a test receives is checked against the route's API document (ResponseContractInterceptor): service
// processes the tests start inherit the setting from this process's environment.
process.env.SCQ_CHECK_RESPONSES = 'true';
