/* Samspil's block in the block editor: its settings and a live preview of the widget.
 * Plain JavaScript on WordPress's own packages (wp.blocks, wp.element, wp.blockEditor,
 * wp.components, wp.i18n): no build step. The words are translated with wp.i18n from
 * languages/samspil-<locale>-samspil-editor.json (da_DK, sv_SE, nb_NO, fi; English is
 * the source). The page itself gets the block from PHP (includes/embed.php), so the
 * block saves only its settings. */
( function ( wp ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var be = wp.blockEditor;
	var c = wp.components;
	// Where this site serves Samspil (set by includes/embed.php).
	var APP = window.samspilApp || '/samspil/';

	// Languages by their own names, as a visitor looks for them.
	var LANGS = [
		{ value: 'da', label: 'Dansk' },
		{ value: 'sv', label: 'Svenska' },
		{ value: 'nb', label: 'Norsk (bokmål)' },
		{ value: 'fi', label: 'Suomi' },
		{ value: 'en', label: 'English' },
	];

	// The same checks as embed.js: a value Samspil cannot use is not put in the preview.
	function previewAddress( a ) {
		var p = [ 'embed=1' ];
		if ( a.lang ) p.push( 'lang=' + encodeURIComponent( a.lang ) );
		if ( /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test( a.accent || '' ) ) p.push( 'accent=' + encodeURIComponent( a.accent ) );
		if ( a.font ) p.push( 'font=' + encodeURIComponent( a.font ) );
		if ( a.start === 'team' ) p.push( 'start=team' );
		if ( a.compact ) p.push( 'compact=true' );
		return APP + '#' + p.join( '&' );
	}

	function Edit( props ) {
		var a = props.attributes;
		var set = props.setAttributes;
		var controls = el(
			be.InspectorControls,
			null,
			el(
				c.PanelBody,
				{ title: __( 'Settings', 'samspil' ), initialOpen: true },
				el( c.SelectControl, {
					label: __( 'Language', 'samspil' ),
					help: __( "Visitors can still switch. The site's language: Samspil uses it when it has it, otherwise the visitor's browser language.", 'samspil' ),
					value: a.lang,
					options: [ { value: '', label: __( "The site's language", 'samspil' ) } ].concat( LANGS ),
					onChange: function ( v ) { set( { lang: v } ); },
				} ),
				el( c.SelectControl, {
					label: __( 'Opens on', 'samspil' ),
					value: a.start,
					options: [
						{ value: 'check', label: __( 'The health check', 'samspil' ) },
						{ value: 'team', label: __( 'The team view (for the facilitator)', 'samspil' ) },
					],
					onChange: function ( v ) { set( { start: v } ); },
				} ),
				el( c.ToggleControl, {
					label: __( "Leave out Samspil's name", 'samspil' ),
					help: __( 'For pages that already say what Samspil is.', 'samspil' ),
					checked: !! a.compact,
					onChange: function ( v ) { set( { compact: v } ); },
				} ),
				el( c.TextControl, {
					label: __( 'Share links open', 'samspil' ),
					help: __( "The address of this page (https://…), so that a result link opens here. Empty: Samspil's own page.", 'samspil' ),
					type: 'url',
					value: a.share,
					onChange: function ( v ) { set( { share: v.trim() } ); },
				} ),
				el( c.TextControl, {
					label: __( 'Accent colour', 'samspil' ),
					help: __( 'As #rrggbb, dark enough for white text on it (4.5:1). Empty: Samspil blue.', 'samspil' ),
					value: a.accent,
					onChange: function ( v ) { set( { accent: v.trim() } ); },
				} ),
				el( c.TextControl, {
					label: __( 'Font', 'samspil' ),
					help: __( 'A font list, such as Georgia, serif. Empty: the system font.', 'samspil' ),
					value: a.font,
					onChange: function ( v ) { set( { font: v } ); },
				} )
			)
		);
		var preview = el(
			'div',
			be.useBlockProps( { className: 'samspil-block-preview' } ),
			el( 'p', { style: { margin: '0 0 8px', fontSize: '13px' } },
				__( 'Preview: visitors take the health check here. Their answers stay in their browser; nothing is sent to this site.', 'samspil' ) ),
			el( 'iframe', {
				// A new frame for each address: Samspil reads its options when it starts.
				key: previewAddress( a ),
				title: __( 'Samspil preview', 'samspil' ),
				src: previewAddress( a ),
				style: { display: 'block', width: '100%', height: '640px', border: '1px solid #ddd' },
			} )
		);
		return el( wp.element.Fragment, null, controls, preview );
	}

	wp.blocks.registerBlockType( 'samspil/check', {
		title: __( 'Samspil partnership health check', 'samspil' ),
		description: __( 'The partnership health check, in your page.', 'samspil' ),
		edit: Edit,
		// Rendered by PHP on the page: nothing saved but the settings.
		save: function () { return null; },
	} );
} )( window.wp );
