<?php
/**
 * The block (samspil/check) and the shortcode [samspil]: both write the embed
 * snippet of the README, `<div data-samspil data-lang="da" …>` and Samspil's
 * embed.js, from this site's own Samspil path. The options are the embed options
 * (lang, share, start, compact, accent, font), checked here as embed.js and the app
 * check them; a value that does not pass is left out, so the widget uses its default.
 *
 * @package Samspil
 */

defined( 'ABSPATH' ) || exit;

/** The embed options, in the order of the README's table. */
const SAMSPIL_OPTIONS = array( 'lang', 'accent', 'font', 'start', 'compact', 'share' );

/** Registers the scripts, the block and the shortcode. */
function samspil_register_embed() {
	$app = samspil_app_url();
	// embed.js comes from Samspil's own path: the frame it makes is then on this site.
	wp_register_script( 'samspil-embed', $app . 'embed.js', array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- embed.js is asked again on each visit (no-cache, ETag); a version would only duplicate it.
	wp_register_script( 'samspil-host', SAMSPIL_URL . 'assets/host.js', array( 'samspil-embed' ), SAMSPIL_VERSION, true );

	wp_register_script(
		'samspil-editor',
		SAMSPIL_URL . 'block/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		SAMSPIL_VERSION,
		true
	);
	// The settings and the preview's words in da, sv, nb, fi (English is the source).
	wp_set_script_translations( 'samspil-editor', 'samspil', SAMSPIL_DIR . '/languages' );
	// The editor's preview shows Samspil itself, from this site's path.
	wp_add_inline_script( 'samspil-editor', 'window.samspilApp = ' . wp_json_encode( $app ) . ';', 'before' );

	register_block_type( SAMSPIL_DIR . '/block', array( 'render_callback' => 'samspil_render_block' ) );
	add_shortcode( 'samspil', 'samspil_shortcode' );
	add_action( 'template_redirect', 'samspil_outlook_to_page', 0 );
}

/**
 * An Outlook Safe Links copy of a share link to a page with Samspil on it
 * (`…/your-page/%23r%3D…`, the `#` encoded) asks WordPress for a page that does not
 * exist. Instead of the theme's "page not found", it is sent back to that page with
 * the `#` restored, so the result opens in the page's widget. Only result links
 * (`r=`), and only to a page of this site that has the block or the shortcode.
 * The path was already sent by the mail gateway; it is neither stored nor logged.
 */
function samspil_outlook_to_page() {
	if ( ! is_404() || ! isset( $_SERVER['REQUEST_URI'] ) ) {
		return;
	}
	$path = (string) strtok( (string) wp_unslash( $_SERVER['REQUEST_URI'] ), '?' ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- matched below; only a checked fragment is used.
	$at   = stripos( $path, '%23' );
	if ( false === $at ) {
		return;
	}
	$rest = substr( $path, $at + 3 );
	// As Samspil's start-up script reads it: encoded as a whole (`r%3D…`), decode once.
	if ( strpos( $rest, '=' ) === false ) {
		$rest = rawurldecode( $rest );
	}
	if ( ! preg_match( '/^r=[A-Za-z0-9_%&=.~-]+$/', $rest ) ) {
		return;
	}
	$home = '/' . ltrim( trailingslashit( (string) wp_parse_url( home_url( '/' ), PHP_URL_PATH ) ), '/' );
	$page = substr( $path, 0, $at );
	if ( strpos( $page, $home ) !== 0 ) {
		return;
	}
	$post = url_to_postid( home_url( '/' . substr( $page, strlen( $home ) ) ) );
	if ( ! $post || ( ! has_block( 'samspil/check', $post ) && ! has_shortcode( (string) get_post_field( 'post_content', $post ), 'samspil' ) ) ) {
		return;
	}
	wp_safe_redirect( get_permalink( $post ) . '#' . $rest, 302 );
	exit;
}

/**
 * The block's output on the page.
 *
 * @param array $attributes The block's settings.
 * @return string
 */
function samspil_render_block( $attributes ) {
	return samspil_snippet( is_array( $attributes ) ? $attributes : array(), 'wp-block-samspil-check' );
}

/**
 * [samspil lang="da" share="https://…" start="check" compact="false" accent="#1f5f8b" font="Georgia, serif"]
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function samspil_shortcode( $atts ) {
	$atts = shortcode_atts( array_fill_keys( SAMSPIL_OPTIONS, '' ), is_array( $atts ) ? $atts : array(), 'samspil' );
	return samspil_snippet( $atts, 'samspil-shortcode' );
}

/**
 * The embed snippet for checked options.
 *
 * @param array  $options Raw options (block attributes or shortcode attributes).
 * @param string $class   The wrapper's class.
 * @return string
 */
function samspil_snippet( $options, $class ) {
	wp_enqueue_script( 'samspil-embed' );
	wp_enqueue_script( 'samspil-host' );
	$attrs = '';
	foreach ( samspil_clean_options( $options ) as $name => $value ) {
		$attrs .= ' data-' . $name . '="' . esc_attr( $value ) . '"';
	}
	return '<div class="' . esc_attr( $class ) . '" data-samspil' . $attrs . '></div>';
}

/**
 * The options Samspil can use, each checked by the rules of src/model/options.rs
 * and embed.js (tests/options-cases.txt); anything else is left out.
 *
 * @param array $options Raw options.
 * @return array<string,string>
 */
function samspil_clean_options( $options ) {
	$out = array();
	$get = function ( $name ) use ( $options ) {
		return isset( $options[ $name ] ) && is_scalar( $options[ $name ] ) ? trim( (string) $options[ $name ] ) : '';
	};

	$lang = $get( 'lang' );
	if ( '' === $lang ) {
		// Unset: the site's language when Samspil has it, else the visitor's browser's.
		$lang = strtolower( (string) strtok( get_locale(), '_' ) );
	}
	if ( samspil_valid_lang( $lang ) ) {
		$out['lang'] = $lang;
	}

	$accent = $get( 'accent' );
	if ( preg_match( '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/', $accent ) ) {
		$out['accent'] = $accent;
	}

	$font = $get( 'font' );
	if ( '' !== $font && samspil_valid_font( $font ) ) {
		$out['font'] = $font;
	}

	$start = $get( 'start' );
	if ( in_array( $start, array( 'check', 'team' ), true ) ) {
		$out['start'] = $start;
	}

	$compact = $get( 'compact' );
	if ( in_array( $compact, array( 'true', '1', 'yes' ), true ) ) {
		$out['compact'] = 'true';
	}

	$share = $get( 'share' );
	if ( '' !== $share && samspil_valid_share( $share ) ) {
		$out['share'] = $share;
	}
	return $out;
}

/**
 * A language tag as embed.js takes it: one of Samspil's languages, with any region.
 *
 * @param string $v The tag.
 * @return bool
 */
function samspil_valid_lang( $v ) {
	return (bool) preg_match( '/^(da|sv|nb|nn|no|fi|en)([-_][A-Za-z0-9]{1,8})*$/i', $v );
}

/**
 * A font list as embed.js and the app take it: at most 100 characters; each family
 * quoted, or words of Latin letters (A–Z and U+00C0–U+017F but × and ÷), digits and
 * hyphens, starting with a letter and single-spaced; no CSS keyword.
 *
 * @param string $v The list.
 * @return bool
 */
function samspil_valid_font( $v ) {
	if ( ! preg_match( '//u', $v ) || preg_match_all( '/./us', $v ) > 100 ) {
		return false;
	}
	$l = 'A-Za-z\x{00C0}-\x{00D6}\x{00D8}-\x{00F6}\x{00F8}-\x{017F}';
	foreach ( explode( ',', $v ) as $family ) {
		$family = trim( $family, ' ' );
		if ( preg_match( '/^(?:"[' . $l . '0-9 -]*"|\'[' . $l . '0-9 -]*\')$/u', $family ) ) {
			if ( '' === trim( substr( $family, 1, -1 ) ) ) {
				return false;
			}
			continue;
		}
		if ( ! preg_match( '/^[' . $l . '][' . $l . '0-9-]*(?: [' . $l . '][' . $l . '0-9-]*)*$/u', $family ) ) {
			return false;
		}
		if ( in_array( strtolower( $family ), array( 'inherit', 'initial', 'unset', 'revert', 'revert-layer', 'default' ), true ) ) {
			return false;
		}
	}
	return true;
}

/**
 * A share address as the app takes it (src/model/options.rs, `valid_share`): https,
 * or plain http only on this computer; printable, no fragment, quotes or credentials.
 *
 * @param string $v The address.
 * @return bool
 */
function samspil_valid_share( $v ) {
	if ( strlen( $v ) > 300 || ! preg_match( '/^[\x21-\x7e]+$/', $v ) || preg_match( '/[#"\'<>\\\\]/', $v ) ) {
		return false;
	}
	if ( ! preg_match( '#^(https?)://([^/?]*)#i', $v, $m ) || '' === $m[2] || strpos( $m[2], '@' ) !== false ) {
		return false;
	}
	return 'https' === strtolower( $m[1] ) || (bool) preg_match( '/^(localhost|127\.0\.0\.1)(:[0-9]*)?$/i', $m[2] );
}
