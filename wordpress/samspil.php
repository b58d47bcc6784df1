<?php
/**
 * Plugin Name:       Samspil
 * Description:       Samspil, the partnership health check, on your own site: a block and the [samspil] shortcode. Everything runs in the visitor's browser; the plugin sends nothing anywhere and stores nothing.
 * Version:           0.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Samspil
 * License:           MIT OR Apache-2.0
 * Text Domain:       samspil
 * Domain Path:       /languages
 *
 * @package Samspil
 */

defined( 'ABSPATH' ) || exit;

// scripts/release writes the version from Cargo.toml into the header above and here.
define( 'SAMSPIL_VERSION', '0.0.0' );
define( 'SAMSPIL_DIR', __DIR__ );
define( 'SAMSPIL_URL', plugin_dir_url( __FILE__ ) );

require_once SAMSPIL_DIR . '/includes/serve.php';
require_once SAMSPIL_DIR . '/includes/embed.php';

// Samspil's pages are answered before WordPress looks for a post: an Outlook
// `%23` address under Samspil's path must get Samspil's 404.html, not the theme's
// "page not found".
add_action( 'plugins_loaded', 'samspil_serve_request', 0 );
add_action( 'init', 'samspil_register_embed' );
