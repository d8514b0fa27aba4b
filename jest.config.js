/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: {
    // Type checking is tsc's job (npm run typecheck); here we only transpile, which keeps the suite fast.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true }, diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Many tests start the command line or LibreOffice as a process; on a machine shared with other
  // work, 5 s is a bound on the machine, not on our code. Speed is measured by `npm run bench`, and
  // the hostile-input tests hold each run to its own time and memory bound.
  testTimeout: 30_000,
};
