<?php
// Silence is golden: a folder listing shows nothing.
defined( 'ABSPATH' ) || exit;
