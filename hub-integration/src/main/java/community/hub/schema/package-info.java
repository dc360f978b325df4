/**
 * The database schema: versioned migrations under {@code db/migration}, applied by Flyway at start.
 * A released migration is never edited; a change is a new migration.
 */
package community.hub.schema;
