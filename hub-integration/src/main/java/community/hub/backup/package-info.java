/**
 * Backups of the embedded database: consistent copies taken while the hub runs, kept on a shelf ({@code HUB_BACKUP_DIR})
 * by a rule of so many days and weeks, and the start option that brings a hub back to one ({@code HUB_RESTORE_FROM}).
 */
package community.hub.backup;
