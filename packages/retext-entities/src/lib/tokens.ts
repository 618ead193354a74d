import { type Token, wordFact } from '@newsroom/nlcst-tokens'

/**
 * A fact of a token's word as written, kept on its lexeme: the recognizer asks the same few
 * questions of a word many times (is it a role, an organization head), each a table look-up of
 * the word, where a lexeme's fact is read without hashing the word again.
 */
export function tokenFact<Value>(read: (word: string) => Value): (token: Token) => Value {
  const fact = wordFact(read)
  return (token) => fact(token.lexeme)
}
