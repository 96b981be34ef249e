/** "new article 5 bis, after article 5", or "… at the start of the text". */
export function newArticleWords(article: { number: string; after?: string | null }): string {
  const where =
    article.after === undefined
      ? ''
      : article.after === null
        ? ', at the start of the text'
        : `, after article ${article.after}`;
  return `new article ${article.number}${where}`;
}
