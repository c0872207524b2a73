/** Whoever acquires a resource owns it and says so with a Disposable (STYLE.md §2.5). */
export interface Disposable {
  dispose(): void;
}

export const toDisposable = (dispose: () => void): Disposable => {
  let done = false;
  return {
    dispose() {
      if (done) return;
      done = true;
      dispose();
    },
  };
};

/** Frees its children together, last acquired first, and refuses new ones once disposed (they would leak). */
export class DisposableStore implements Disposable {
  private readonly items: Disposable[] = [];
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  add<T extends Disposable>(item: T): T {
    if ((item as unknown) === this) throw new Error('A DisposableStore cannot hold itself');
    if (this.disposed) {
      item.dispose();
      throw new Error('Added to a DisposableStore after it was disposed');
    }
    this.items.push(item);
    return item;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const errors: unknown[] = [];
    for (const item of this.items.splice(0).reverse()) {
      try {
        item.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'Some resources failed to dispose');
  }
}
