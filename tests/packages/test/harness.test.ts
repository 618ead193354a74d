import { describe, expect, it } from 'vitest'
import { programBlocks } from '../lib/markdown-programs.js'
import { matchOutput } from '../lib/match-output.js'

describe('programBlocks', () => {
  const markdown = [
    '# Example',
    '',
    '```js',
    "console.log('a')",
    '```',
    '',
    'Running it yields:',
    '',
    '```txt',
    'a',
    '```',
    '',
    '```ts',
    'const b: number = 1',
    '```',
    '',
    '```txt',
    'not an output: no "yields:" before it',
    '```',
    '',
    '```sh',
    'echo not a program',
    '```',
    '',
    '- in a list:',
    '',
    '  ```javascript',
    '  console.log(2)',
    '  ```',
  ].join('\n')

  it('takes js and ts blocks, with the txt block a "yields:" paragraph introduces', () => {
    expect(programBlocks(markdown, 'README.md')).toEqual([
      {
        file: 'README.md',
        line: 3,
        ordinal: 1,
        language: 'js',
        code: "console.log('a')",
        expected: 'a',
      },
      {
        file: 'README.md',
        line: 13,
        ordinal: 2,
        language: 'ts',
        code: 'const b: number = 1',
        expected: undefined,
      },
      {
        file: 'README.md',
        line: 27,
        ordinal: 3,
        language: 'js',
        code: 'console.log(2)',
        expected: undefined,
      },
    ])
  })
})

describe('matchOutput', () => {
  it('accepts the same lines, trailing white space aside', () => {
    expect(matchOutput('a  \nb\n\n', 'a\nb')).toBe('a\nb')
  })

  it('returns the output when a line differs', () => {
    expect(matchOutput('a\nc\n', 'a\nb')).toBe('a\nc')
  })

  it('lets a line of … stand for any lines, none included', () => {
    const expected = 'first\n…\nmiddle\n…\nlast'
    expect(matchOutput('first\nx\ny\nmiddle\nlast\n', expected)).toBe(expected)
    expect(matchOutput('first\nmiddle\nlast', expected)).toBe(expected)
    expect(matchOutput('first\nlast', expected)).toBe('first\nlast')
    expect(matchOutput('first\nmiddle\nlast\nmore', expected)).toBe('first\nmiddle\nlast\nmore')
  })

  it('does not let the start and the end overlap', () => {
    expect(matchOutput('a', 'a\n…\na')).toBe('a')
  })
})
