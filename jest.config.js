/** Tests run the nodes inside n8n-core against the vendor simulators in test/simulators. */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	// nodes/ and credentials/ are roots too, so coverage counts the shipped files no test loads
	roots: ['<rootDir>/test', '<rootDir>/nodes', '<rootDir>/credentials'],
	testMatch: ['**/*.test.ts'],
	setupFiles: ['<rootDir>/test/harness/setupEnv.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	testTimeout: 60000,
	// `npm test` reports how much of the shipped code (nodes, credentials) the tests run
	collectCoverageFrom: ['<rootDir>/nodes/**/*.ts', '<rootDir>/credentials/**/*.ts'],
	coverageReporters: ['text-summary', 'json-summary'],
};
