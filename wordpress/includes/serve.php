<?php
/**
 * Serves Samspil's pages from the plugin's folder under the site's `samspil/` path
 * (filter `samspil_path`), the way a well-configured static host would: the right
 * types (application/wasm), the Content-Security-Policy on the pages, long caching
 * for the hashed files, and Samspil's own 404.html for any address it does not know.
 *
 * Why PHP and not the web server: a WordPress site owner usually cannot change the
 * web server's settings, and the site's rewrite rules send every unknown address to
 * WordPress. So an Outlook Safe Links address (`…/samspil/%23r%3D…`, the `#` encoded)
 * reaches WordPress, and here it gets Samspil's 404.html, whose start-up script puts
 * the `#` back. Nothing is stored and nothing is logged by the plugin.
 *
 * @package Samspil
 */

defined( 'ABSPATH' ) || exit;

/** The policy of the README ("Host it on any static host"), sent with every page. */
const SAMSPIL_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";

/** Types by extension: only the kinds of file Samspil's bundle holds are served. */
const SAMSPIL_TYPES = array(
	'html' => 'text/html; charset=utf-8',
	'js'   => 'text/javascript; charset=utf-8',
	'css'  => 'text/css; charset=utf-8',
	'wasm' => 'application/wasm',
	'txt'  => 'text/plain; charset=utf-8',
	'svg'  => 'image/svg+xml',
	'png'  => 'image/png',
	'json' => 'application/json',
);

/** The folder with Samspil's files (the release puts dist/ there). */
function samspil_app_dir() {
	return SAMSPIL_DIR . '/app';
}

/** Samspil's path under the site, without slashes at either end ("samspil"). */
function samspil_path() {
	$path = trim( (string) apply_filters( 'samspil_path', 'samspil' ), '/' );
	return preg_match( '#^[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*$#', $path ) ? $path : 'samspil';
}

/**
 * Samspil's address on this site, ending in a slash. With pretty permalinks it is
 * `/samspil/`; without them the web server sends only `index.php` to WordPress, so the
 * address goes through it (`/index.php/samspil/`), which every host supports.
 */
function samspil_app_url() {
	$via = get_option( 'permalink_structure' ) ? '' : 'index.php/';
	return home_url( '/' . $via . samspil_path() . '/' );
}

/**
 * If the request is for Samspil's path, answers it and ends the request.
 * Runs on `plugins_loaded`, before WordPress parses the request.
 */
function samspil_serve_request() {
	if ( ! isset( $_SERVER['REQUEST_URI'] ) ) {
		return;
	}
	// The raw path, as the browser sent it: `%23` must stay visible to find the file.
	$uri  = (string) wp_unslash( $_SERVER['REQUEST_URI'] ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- compared and decoded below, never printed.
	$path = (string) strtok( $uri, '?' );
	$home = (string) wp_parse_url( home_url( '/' ), PHP_URL_PATH );
	$home = '/' . ltrim( trailingslashit( $home ), '/' );
	$rest = null;
	foreach ( array( '', 'index.php/' ) as $via ) {
		$prefix = $home . $via . samspil_path();
		if ( $path === $prefix ) {
			// The folder without its slash: relative names in the pages need the slash.
			$query = strpos( $uri, '?' ) !== false ? substr( $uri, strpos( $uri, '?' ) ) : '';
			wp_safe_redirect( home_url( '/' . $via . samspil_path() . '/' ) . $query, 301 );
			exit;
		}
		if ( strpos( $path, $prefix . '/' ) === 0 ) {
			$rest = substr( $path, strlen( $prefix ) + 1 );
			break;
		}
	}
	if ( null === $rest ) {
		return;
	}
	samspil_send( $rest );
	exit;
}

/** Whether a file name is one of the bundle's: one plain name, no folders. */
function samspil_is_bundle_name( $name ) {
	return (bool) preg_match( '/^[A-Za-z0-9_-][A-Za-z0-9._-]*\.[a-z0-9]+$/', $name ) && strpos( $name, '..' ) === false;
}

/**
 * Sends one of Samspil's files, or its 404.html with status 404.
 *
 * @param string $rest The part of the path after `samspil/`, still percent-encoded.
 */
function samspil_send( $rest ) {
	$name = '' === $rest ? 'index.html' : rawurldecode( $rest );
	$dir  = samspil_app_dir();
	$file = $dir . '/' . $name;
	$ext  = strtolower( pathinfo( $name, PATHINFO_EXTENSION ) );

	$status = 200;
	if ( ! samspil_is_bundle_name( $name ) || ! isset( SAMSPIL_TYPES[ $ext ] ) || ! is_file( $file ) ) {
		// Like GitHub Pages and the README's nginx and Apache settings: an unknown
		// address under Samspil gets Samspil's 404.html (which opens `%23` links).
		$name   = '404.html';
		$file   = $dir . '/404.html';
		$ext    = 'html';
		$status = 404;
		if ( ! is_file( $file ) ) {
			status_header( 404 );
			header( 'Content-Type: text/plain; charset=utf-8' );
			echo 'Samspil: the plugin folder has no app/ folder. Install the plugin zip from a Samspil release.';
			return;
		}
	}

	while ( ob_get_level() > 0 ) {
		ob_end_clean();
	}
	status_header( $status );
	header( 'Content-Type: ' . SAMSPIL_TYPES[ $ext ] );
	header( 'X-Content-Type-Options: nosniff' );
	header( 'Referrer-Policy: no-referrer' );
	if ( 'html' === $ext ) {
		header( 'Content-Security-Policy: ' . SAMSPIL_CSP );
	}
	$hashed = (bool) preg_match( '/-[0-9a-f]{10}(_bg)?\.(js|css|wasm|txt)$/', $name );
	if ( $hashed ) {
		// Hashed names never change content: a visitor's browser keeps them.
		header( 'Cache-Control: public, max-age=31536000, immutable' );
	} else {
		// Pages, sw.js and embed.js are asked again each time (a 304 when unchanged).
		header( 'Cache-Control: no-cache' );
		$etag = '"' . substr( md5( $name . ':' . filemtime( $file ) . ':' . filesize( $file ) ), 0, 16 ) . '"';
		header( 'ETag: ' . $etag );
		$asked = isset( $_SERVER['HTTP_IF_NONE_MATCH'] ) ? trim( (string) wp_unslash( $_SERVER['HTTP_IF_NONE_MATCH'] ) ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- only compared.
		if ( 200 === $status && $asked === $etag ) {
			status_header( 304 );
			return;
		}
	}

	// The release ships a gzip copy beside the larger files: sent as it is, so a
	// phone gets the same bytes a static host's compression would give it.
	$accept = isset( $_SERVER['HTTP_ACCEPT_ENCODING'] ) ? (string) wp_unslash( $_SERVER['HTTP_ACCEPT_ENCODING'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- only matched.
	header( 'Vary: Accept-Encoding' );
	if ( is_file( $file . '.gz' ) && preg_match( '/\bgzip\b/', $accept ) && ! ini_get( 'zlib.output_compression' ) ) {
		$file = $file . '.gz';
		header( 'Content-Encoding: gzip' );
	}
	header( 'Content-Length: ' . filesize( $file ) );
	if ( isset( $_SERVER['REQUEST_METHOD'] ) && 'HEAD' === $_SERVER['REQUEST_METHOD'] ) {
		return;
	}
	readfile( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_readfile -- a static file of the plugin's own, sent as it is.
}
