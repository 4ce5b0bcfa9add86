/**
 * The Baijiayun document prints no callback payloads: its 回调参数 / 请求参数 tables give an example value (示例)
 * per field. "Send Sample Event When Listening" sends those, fields without an example left out; the sender adds
 * the current timestamp and the signature, as Baijiayun does.
 */
export const CALLBACK_SAMPLES: Record<string, Record<string, string | number>> = {
	// 新增设备回调 (device_unique has no example)
	deviceAdded: { type: 'add_device', device_id: 123, zone_id: 123, class_name: '0', address: '0', user_role: 0, qid: '0' },
	// 回放自动匹配回调 (serial_number, preface_url, now_definition and origin_definition have no example)
	playbackMatched: {
		partner_id: 123456,
		room_id: 123,
		session_id: 123132313,
		video_id: 123,
		status: 20,
		total_size: 123,
		total_transcode_size: 123,
		length: 123,
		file_md5: 'abcdefagea',
		qid: '123456789',
	},
};
