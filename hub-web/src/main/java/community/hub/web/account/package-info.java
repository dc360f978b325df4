/** Someone's own account: My account (changing one's password), "Forgot your password" and the reset link's page. */
package community.hub.web.account;
