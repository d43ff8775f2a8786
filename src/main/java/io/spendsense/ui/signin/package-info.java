/** The sign-in screen: the profile picker, password sign-in and the Create profile form. */
package io.spendsense.ui.signin;
