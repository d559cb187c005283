/** A piece of text standing for one cell, with its document offsets. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** What a column accepts when digits have to be cut into cells. */
export interface ColumnShape {
  /** Amount columns may print decimals (采购总金额, 本年收费金额). */
  decimal: boolean;
  /** Money columns may carry 元/万元 after the figure. */
  unit: boolean;
}

const UNIT_SUFFIX = /\s*(?:万元|元)$/;

/** A cell as printed never starts with a superfluous 0: `023` is `0` and `23`. */
function wellFormed(body: string, shape: ColumnShape, signed: boolean): boolean {
  const digits = signed ? body.slice(1) : body;
  if (!/^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(digits)) return false;
  return shape.decimal || !digits.includes('.');
}

/** Whether a printed token can stand alone as one cell (`00` and `023` cannot). */
export function isWellFormedCell(text: string): boolean {
  const body = text.replace(UNIT_SUFFIX, '').replace(/,/g, '');
  const signed = /^[+\-−]/.test(body);
  return wellFormed(body, { decimal: true, unit: true }, signed);
}

/**
 * Every way to cut the tokens (digit runs, in order) into exactly `columns.length` cells, each
 * token into one or more consecutive cells, every cell well formed for its column. Null when
 * there are more than `limit` ways: too many to choose from honestly.
 */
export function enumerateSplits(tokens: readonly Piece[], columns: readonly ColumnShape[], limit = 20000): Piece[][] | null {
  const parts = tokens.map((t) => {
    const unit = t.text.match(UNIT_SUFFIX)?.[0] ?? '';
    return { token: t, body: t.text.slice(0, t.text.length - unit.length), unit };
  });
  const results: Piece[][] = [];
  const current: Piece[] = [];
  let overflow = false;
  const minCellsAfter = (ti: number) => tokens.length - ti - 1;
  const walk = (ti: number, pos: number, cell: number): void => {
    if (overflow) return;
    const part = parts[ti];
    if (pos === part.body.length) {
      if (ti + 1 === parts.length) {
        if (cell === columns.length) {
          results.push([...current]);
          if (results.length > limit) overflow = true;
        }
        return;
      }
      walk(ti + 1, 0, cell);
      return;
    }
    if (cell >= columns.length) return;
    const signed = pos === 0 && /^[+\-−]/.test(part.body);
    const first = signed ? 2 : 1;
    for (let len = first; pos + len <= part.body.length; len++) {
      const last = pos + len === part.body.length;
      const body = part.body.slice(pos, pos + len);
      const shape = columns[cell];
      if (!wellFormed(body, shape, signed)) continue;
      if (last && part.unit && !shape.unit) continue;
      // The cells still to fill need at least one character each, and every later token a cell.
      const charsLeft = part.body.length - pos - len + parts.slice(ti + 1).reduce((n, p) => n + p.body.length, 0);
      const cellsLeft = columns.length - cell - 1;
      if (cellsLeft < minCellsAfter(ti) + (last ? 0 : 1) || charsLeft < cellsLeft) continue;
      const start = part.token.start + pos;
      const text = last ? body + part.unit : body;
      current.push({ text, start, end: start + text.length });
      walk(ti, pos + len, cell + 1);
      current.pop();
    }
  };
  if (parts.length > 0 && parts.every((p) => p.body.length > 0)) walk(0, 0, 0);
  return overflow ? null : results;
}
