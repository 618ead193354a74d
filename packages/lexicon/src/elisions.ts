/**
 * Words English writes with a leading apostrophe for their elided letters (`'til`, `'em`,
 * `'cause`), and `'n'`, elided on both sides ("rock 'n' roll"). Written with straight marks; a
 * reader matches a curly one in their place. The mark opens no quotation: no quoted sentence
 * starts with these, so the mark before them is an apostrophe, and so is the one after `'n'`.
 * `'t` is the Dutch article of names (`in 't Veld`, `'t Hooft`).
 */
export const leadingElisions: readonly string[] = Object.freeze([
  "'bout",
  "'cause",
  "'cept",
  "'cos",
  "'em",
  "'n'",
  "'n",
  "'nother",
  "'nuff",
  "'round",
  "'t",
  "'til",
  "'tis",
  "'twas",
  "'twere",
  "'twill",
])
