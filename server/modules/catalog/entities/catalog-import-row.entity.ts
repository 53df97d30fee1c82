import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { Task } from '../../tasks/index.js';

/**
 * One line of a CSV catalog import, parsed and checked when the import starts and kept until its
 * task has applied it: the task's job reads its chunk from here, so no process holds the file.
 */
@Entity({ tableName: 'catalog_import_row' })
export class CatalogImportRow {
  [PrimaryKeyProp]?: ['task', 'position'];

  @ManyToOne(() => Task, { primary: true, deleteRule: 'cascade' })
  task!: Rel<Task>;

  /** 0-based index among the file's data lines; the task's item ids. */
  @PrimaryKey({ type: 'integer' })
  position!: number;

  /** Line number in the file (the header is line 1). */
  @Property({ type: 'integer' })
  line!: number;

  /** The line's cells, as in the file, in header order. */
  @Property({ type: 'json' })
  cells!: string[];

  /** The code of the first problem found when the import started (e.g. within-file duplicates). */
  @Property({ type: 'string', length: 40, nullable: true })
  error?: string | null;
}
