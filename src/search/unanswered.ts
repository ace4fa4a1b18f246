/**
 * Pagefind's Node API talks to a separate indexing process and holds nothing open while it
 * waits. If that process dies (the system kills it when memory runs out), its promises never
 * settle, Node finds nothing left to do and exits with status 0: a "successful" build without
 * a search index. This rejects the pending work instead, the moment Node is about to exit.
 */
export function rejectIfUnanswered<T>(work: Promise<T>, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abandoned = () => reject(new Error(message));
    process.once('beforeExit', abandoned);
    work.then(resolve, reject).finally(() => process.off('beforeExit', abandoned));
  });
}
