package community.hub.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The accounts table is the identity store: a caller is known by username and active account,
 * their password checked against its PBKDF2 hash, their role is their one group.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/hub",
        callerQuery = "select password_hash from account where username = ? and active = true",
        groupsQuery = "select account_role from account where username = ? and active = true",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({Roles.ADMIN, Roles.STAFF, Roles.TENANT, Roles.VOLUNTEER})
@ApplicationScoped
public class HubIdentityStore {}
