<?php
/**
 * Runs the plugin's option checks and snippet without WordPress, for
 * tests/wordpress/plugin.test.mjs: reads JSON cases on stdin, writes JSON results.
 * WordPress's functions that the code calls are stood in for by their documented
 * behaviour (esc_attr escapes as htmlspecialchars with ENT_QUOTES does).
 *
 * @package Samspil
 */

define( 'ABSPATH', __DIR__ . '/' );
define( 'SAMSPIL_DIR', dirname( __DIR__, 2 ) . '/wordpress' );
$GLOBALS['samspil_enqueued'] = array();
$GLOBALS['samspil_locale']   = 'en_US';
function esc_attr( $s ) {
	return htmlspecialchars( (string) $s, ENT_QUOTES, 'UTF-8' );
}
function wp_enqueue_script( $h ) {
	$GLOBALS['samspil_enqueued'][] = $h;
}
function get_locale() {
	return $GLOBALS['samspil_locale'];
}
function shortcode_atts( $pairs, $atts ) {
	$out = array();
	foreach ( $pairs as $name => $default ) {
		$out[ $name ] = array_key_exists( $name, $atts ) ? $atts[ $name ] : $default;
	}
	return $out;
}
require SAMSPIL_DIR . '/includes/embed.php';

$cases = json_decode( stream_get_contents( STDIN ), true );
$out   = array();
foreach ( $cases as $case ) {
	$GLOBALS['samspil_locale'] = isset( $case['locale'] ) ? $case['locale'] : 'en_US';
	switch ( $case['kind'] ) {
		case 'valid':
			$fn    = 'samspil_valid_' . $case['option'];
			$out[] = $fn( $case['value'] );
			break;
		case 'shortcode':
			$out[] = samspil_shortcode( $case['atts'] );
			break;
		case 'block':
			$out[] = samspil_render_block( $case['atts'] );
			break;
	}
}
echo json_encode( $out );
