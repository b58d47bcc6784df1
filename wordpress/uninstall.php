<?php
/**
 * Uninstall: Samspil stores nothing in WordPress (no options, no tables, no files
 * outside its own folder, no cookies), so there is nothing to remove. WordPress
 * deletes the plugin's folder itself. This file says so, and proves it runs only
 * as WordPress's uninstall.
 *
 * @package Samspil
 */

defined( 'ABSPATH' ) || exit;
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
